import { Route } from '@angular/router';
import { appPaths } from './app.paths';
import { adminGuard, coordinatorGuard, signedInGuard } from './auth/auth.guards';
import { matchingRoutes } from './matching/matching.routes';
import { partnerRoutes } from './partners/partners.routes';
import { tableRoutes } from './tables/tables.routes';

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
  // Marketplace: internship needs and cohorts, for signed-in users
  {
    path: appPaths.internshipNeeds.path,
    pathMatch: 'full',
    title: appPaths.internshipNeeds.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./marketplace/internship-needs.page').then((m) => m.InternshipNeedsPage),
  },
  {
    path: appPaths.editInternshipNeed.path,
    title: appPaths.editInternshipNeed.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./marketplace/edit-internship-need.page').then((m) => m.EditInternshipNeedPage),
  },
  {
    path: appPaths.internshipNeed.path,
    title: appPaths.internshipNeed.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./marketplace/internship-need.page').then((m) => m.InternshipNeedPage),
  },
  {
    path: appPaths.myInternshipNeeds.path,
    pathMatch: 'full',
    title: appPaths.myInternshipNeeds.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./marketplace/my-internship-needs.page').then((m) => m.MyInternshipNeedsPage),
  },
  {
    path: appPaths.newInternshipNeed.path,
    title: appPaths.newInternshipNeed.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./marketplace/new-internship-need.page').then((m) => m.NewInternshipNeedPage),
  },
  {
    path: appPaths.cohorts.path,
    pathMatch: 'full',
    title: appPaths.cohorts.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./marketplace/cohorts.page').then((m) => m.CohortsPage),
  },
  {
    path: appPaths.editCohort.path,
    title: appPaths.editCohort.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./marketplace/edit-cohort.page').then((m) => m.EditCohortPage),
  },
  {
    path: appPaths.cohort.path,
    title: appPaths.cohort.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./marketplace/cohort.page').then((m) => m.CohortPage),
  },
  {
    path: appPaths.myCohorts.path,
    pathMatch: 'full',
    title: appPaths.myCohorts.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./marketplace/my-cohorts.page').then((m) => m.MyCohortsPage),
  },
  {
    path: appPaths.newCohort.path,
    title: appPaths.newCohort.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./marketplace/new-cohort.page').then((m) => m.NewCohortPage),
  },
  // Minors, challenges and partnerships
  ...partnerRoutes,
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
    path: appPaths.csvImport.path,
    title: appPaths.csvImport.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./coordination/csv-import.page').then((m) => m.CsvImportPage),
  },
  // Matching rounds (coordinators) and introductions (organisations)
  ...matchingRoutes,
  // Transition tables, venues, regional conversations, invitations and the agenda
  ...tableRoutes,
  {
    path: appPaths.notifications.path,
    title: appPaths.notifications.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./notifications/notifications.page').then((m) => m.NotificationsPage),
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
