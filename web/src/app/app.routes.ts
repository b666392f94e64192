import { Route } from '@angular/router';
import { appPaths } from './app.paths';
import { adminGuard, coordinatorGuard, signedInGuard } from './auth/auth.guards';

export const appRoutes: Route[] = [
  {
    path: appPaths.home.path,
    pathMatch: 'full',
    title: appPaths.home.title,
    loadChildren: () => import('./home/home.routes').then((m) => m.homeRoutes),
  },
  {
    path: appPaths.accessibility.path,
    title: appPaths.accessibility.title,
    loadChildren: () =>
      import('./accessibility/accessibility.routes').then((m) => m.accessibilityRoutes),
  },
  {
    path: appPaths.privacy.path,
    title: appPaths.privacy.title,
    loadComponent: () => import('./privacy/privacy.page').then((m) => m.PrivacyPage),
  },
  // Accounts
  {
    path: appPaths.register.path,
    title: appPaths.register.title,
    loadComponent: () => import('./auth/register.page').then((m) => m.RegisterPage),
  },
  {
    path: appPaths.login.path,
    title: appPaths.login.title,
    loadComponent: () => import('./auth/login.page').then((m) => m.LoginPage),
  },
  {
    path: appPaths.verifyEmail.path,
    title: appPaths.verifyEmail.title,
    loadComponent: () => import('./auth/verify-email.page').then((m) => m.VerifyEmailPage),
  },
  {
    path: appPaths.forgotPassword.path,
    title: appPaths.forgotPassword.title,
    loadComponent: () => import('./auth/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: appPaths.resetPassword.path,
    title: appPaths.resetPassword.title,
    loadComponent: () => import('./auth/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: appPaths.invitation.path,
    title: appPaths.invitation.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./organisations/accept-invitation.page').then((m) => m.AcceptInvitationPage),
  },
  {
    path: appPaths.account.path,
    title: appPaths.account.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./account/account.page').then((m) => m.AccountPage),
  },
  // Organisations ('nieuw' before ':id')
  {
    path: appPaths.organisations.path,
    pathMatch: 'full',
    title: appPaths.organisations.title,
    loadComponent: () =>
      import('./organisations/organisations.page').then((m) => m.OrganisationsPage),
  },
  {
    path: appPaths.newOrganisation.path,
    title: appPaths.newOrganisation.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./organisations/new-organisation.page').then((m) => m.NewOrganisationPage),
  },
  {
    path: appPaths.organisation.path,
    title: appPaths.organisation.title,
    loadComponent: () =>
      import('./organisations/organisation.page').then((m) => m.OrganisationPage),
  },
  // Coordination and administration
  {
    path: appPaths.approvals.path,
    title: appPaths.approvals.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./coordination/approvals.page').then((m) => m.ApprovalsPage),
  },
  {
    path: appPaths.auditLog.path,
    title: appPaths.auditLog.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./coordination/audit-log.page').then((m) => m.AuditLogPage),
  },
  {
    path: appPaths.outbox.path,
    title: appPaths.outbox.title,
    canActivate: [adminGuard],
    loadComponent: () => import('./admin/outbox.page').then((m) => m.OutboxPage),
  },
  {
    path: appPaths.forbidden.path,
    title: appPaths.forbidden.title,
    loadComponent: () => import('./forbidden/forbidden.page').then((m) => m.ForbiddenPage),
  },
  {
    path: appPaths.notFound.path,
    title: appPaths.notFound.title,
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
