/**
 * Audit actions and entity types the web knows a label for (auditLog.action.* and
 * auditLog.entityType.*); others are shown as the API names them.
 */
export const knownAuditActions = [
  'user.register',
  'user.verifyEmail',
  'user.requestVerification',
  'user.requestPasswordReset',
  'user.changePassword',
  'user.resetPassword',
  'user.setPlatformRole',
  'user.delete',
  'session.create',
  'session.revoke',
  'session.revokeAll',
  'organisation.create',
  'organisation.update',
  'organisation.approve',
  'organisation.reject',
  'invitation.create',
  'invitation.accept',
  'invitation.revoke',
  'membership.changeRole',
  'membership.remove',
  'membership.leave',
  'internshipNeed.create',
  'internshipNeed.update',
  'internshipNeed.changeStatus',
  'internshipNeed.import',
  'cohort.create',
  'cohort.update',
  'cohort.changeStatus',
  'cohort.import',
  'minor.create',
  'minor.update',
  'minor.changeStatus',
  'challenge.create',
  'challenge.update',
  'challenge.changeStatus',
  'partnership.offer',
  'partnership.proposeAdoption',
  'partnership.accepted',
  'partnership.declined',
  'partnership.withdrawn',
] as const;

export const knownEntityTypes = [
  'user',
  'session',
  'organisation',
  'internshipNeed',
  'cohort',
  'minor',
  'challenge',
  'partnership',
] as const;

export const auditActionKey = (action: string) => `auditLog.action.${action}`;
export const entityTypeKey = (entityType: string) => `auditLog.entityType.${entityType}`;

/** One line per changed field: "status: PENDING → ACTIVE". */
export function summaryLines(summary: unknown): string[] {
  if (summary === null || summary === undefined) return [];
  if (typeof summary !== 'object' || Array.isArray(summary)) return [JSON.stringify(summary)];
  return Object.entries(summary).map(([field, value]) =>
    Array.isArray(value) && value.length === 2
      ? `${field}: ${show(value[0])} → ${show(value[1])}`
      : `${field}: ${show(value)}`,
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
