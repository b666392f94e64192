import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../testing/transloco-testing';
import { ApiError } from './api-error';
import { FormError } from './form-error';

@Component({
  imports: [FormError],
  template: `<input id="before" /><app-form-error [error]="error()" />`,
})
class Host {
  readonly error = signal<ApiError | null>(null);
}

describe(FormError.name, () => {
  it('should announce a new error and move the focus to it', async () => {
    await TestBed.configureTestingModule({
      imports: [Host, translocoTesting()],
    }).compileComponents();
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    (root.querySelector('#before') as HTMLInputElement).focus();
    expect(root.querySelector('[role="alert"]')?.textContent?.trim()).toBe('');

    fixture.componentInstance.error.set({
      code: 'UNAUTHENTICATED',
      messageKey: 'errors.auth.invalidCredentials',
      fields: [],
    });
    fixture.detectChanges();
    await fixture.whenStable();

    const box = root.querySelector('.form-error') as HTMLElement;
    expect(box.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(box);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('klopt niet');
    fixture.nativeElement.remove();
  });
});
