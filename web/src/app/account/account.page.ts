import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import { ChangePasswordSection } from './change-password-section';
import { DeleteAccountSection } from './delete-account-section';
import { MyActivitySection } from './my-activity-section';
import { MyDataSection } from './my-data-section';
import { ProfileSection } from './profile-section';
import { SessionsSection } from './sessions-section';

/** Mijn account: profile, sessions, password, activity, my data and account deletion. */
@Component({
  selector: 'app-account-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ProfileSection,
    SessionsSection,
    ChangePasswordSection,
    MyActivitySection,
    MyDataSection,
    DeleteAccountSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'account.heading' | transloco }}</h1>
    @if (deleted()) {
      <div class="state" role="status" tabindex="-1" #deletedNotice>
        <p>{{ 'account.delete.done' | transloco }}</p>
      </div>
      <p>
        <a [routerLink]="homeLink">{{ 'account.delete.home' | transloco }}</a>
      </p>
    } @else if (auth.user(); as user) {
      <app-profile-section [user]="user" />
      <app-sessions-section />
      <app-change-password-section />
      <app-my-activity-section [userId]="user.id" [canCoordinate]="auth.canCoordinate()" />
      <app-my-data-section />
      <app-delete-account-section (deleted)="onDeleted()" />
    }
  `,
})
export class AccountPage {
  protected readonly auth = inject(AuthState);
  private readonly injector = inject(Injector);
  private readonly deletedNotice = viewChild<ElementRef<HTMLElement>>('deletedNotice');
  protected readonly homeLink = linkTo('home');
  protected readonly deleted = signal(false);

  protected onDeleted(): void {
    this.deleted.set(true);
    afterNextRender(() => this.deletedNotice()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }
}
