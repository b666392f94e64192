import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { CalendarFeedService } from './calendar-feed.service';

/** Personal calendar feeds that calendar apps subscribe to: the token in the URL is the key. */
@Controller('ical')
export class AgendaController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  async feed(@Param('file') file: string): Promise<string> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    const body = token ? await this.feeds.feed(token) : null;
    // Unknown, renewed or guessed tokens all look the same.
    if (body === null) throw new NotFoundException();
    return body;
  }
}
