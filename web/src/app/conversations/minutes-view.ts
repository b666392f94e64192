import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  SecurityContext,
} from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
import MarkdownIt from 'markdown-it';

// Raw HTML in the Markdown is allowed through the parser but never trusted: Angular's
// sanitizer removes scripts, event handlers and javascript: links before it reaches the DOM.
const markdown = new MarkdownIt({ html: true, linkify: true, breaks: true });

/** Markdown as sanitised HTML. */
export function renderMarkdown(source: string, sanitizer: DomSanitizer): string {
  return sanitizer.sanitize(SecurityContext.HTML, markdown.render(source)) ?? '';
}

/** Minutes (or an agenda) written in Markdown, rendered and sanitised. */
@Component({
  selector: 'app-minutes-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="markdown" [innerHTML]="html()"></div>`,
})
export class MinutesView {
  private readonly sanitizer = inject(DomSanitizer);

  readonly markdown = input.required<string>();

  protected readonly html = computed(() => renderMarkdown(this.markdown(), this.sanitizer));
}
