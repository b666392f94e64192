import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';

/**
 * The signed-in user's menu: a disclosure button (aria-expanded) with "my account" and
 * "log out". Escape closes it and returns focus to the button.
 */
@Component({
  selector: 'app-user-menu',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(keydown.escape)': 'close(true)',
    '(focusout)': 'onFocusOut($event)',
    '(document:click)': 'onDocumentClick($event)',
  },
  styleUrl: './user-menu.css',
  template: `
    <div class="user-menu">
      <button
        #toggle
        type="button"
        class="user-menu__toggle"
        aria-controls="user-menu-list"
        [attr.aria-expanded]="open()"
        (click)="open.set(!open())"
      >
        <span class="visually-hidden">{{ 'userMenu.label' | transloco }}</span>
        {{ name() }}
        <span aria-hidden="true">▾</span>
      </button>
      <ul id="user-menu-list" class="user-menu__list" [hidden]="!open()">
        <li>
          <a [routerLink]="accountLink" (click)="close(false)">{{
            'userMenu.account' | transloco
          }}</a>
        </li>
        <li>
          <a [routerLink]="invitationsLink" (click)="close(false)">{{
            'userMenu.invitations' | transloco
          }}</a>
        </li>
        <li>
          <a [routerLink]="agendaLink" (click)="close(false)">{{
            'userMenu.agenda' | transloco
          }}</a>
        </li>
        <li>
          <button type="button" class="user-menu__logout" (click)="logout()">
            {{ 'userMenu.logout' | transloco }}
          </button>
        </li>
      </ul>
    </div>
  `,
})
export class UserMenu {
  private readonly auth = inject(AuthState);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly toggle = viewChild.required<ElementRef<HTMLButtonElement>>('toggle');

  readonly name = input.required<string>();
  protected readonly accountLink = linkTo('account');
  protected readonly invitationsLink = linkTo('myInvitations');
  protected readonly agendaLink = linkTo('agenda');
  protected readonly open = signal(false);

  protected close(returnFocus: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (returnFocus) this.toggle().nativeElement.focus();
  }

  // Tabbing out of the menu or clicking elsewhere closes it.
  protected onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && !this.contains(next)) this.open.set(false);
  }

  protected onDocumentClick(event: MouseEvent): void {
    if (event.target instanceof Node && !this.contains(event.target)) this.open.set(false);
  }

  private contains(node: Node): boolean {
    return this.host.nativeElement.contains(node);
  }

  protected async logout(): Promise<void> {
    this.open.set(false);
    await this.auth.logout();
    await this.router.navigateByUrl(linkTo('home'));
  }
}
