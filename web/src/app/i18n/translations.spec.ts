import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../../public/i18n/en.json';
import nl from '../../../public/i18n/nl.json';
import { appPaths } from '../app.paths';
import { passwordStrength } from '../auth/password';
import {
  auditActionKey,
  entityTypeKey,
  knownAuditActions,
  knownEntityTypes,
} from '../coordination/audit-labels';
import { skillCategoryLabelKeys, transitModeLabelKeys } from '../home/reference-labels';
import * as marketplaceLabels from '../marketplace/marketplace-labels';
import { notificationMessageKeys } from '../notifications/notification-message';
import * as labels from '../shared/labels';
import { validationKeys } from '../shared/validation-messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const dutch = flatten(nl);
const english = flatten(en);
const params = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// Message keys the API sends in extensions.messageKey and fields[].messageKey (api/src);
// a key missing here still shows, as the generic text of its error code.
const apiMessageKeys = [
  'errors.unauthenticated',
  'errors.forbidden',
  'errors.badUserInput',
  'errors.conflict',
  'errors.internal',
  'errors.tooManyRequests',
  'errors.undeclaredOperation',
  'errors.notFound.organisation',
  'errors.notFound.invitation',
  'errors.notFound.membership',
  'errors.notFound.session',
  'errors.notFound.user',
  'errors.auth.invalidCredentials',
  'errors.auth.emailNotVerified',
  'errors.auth.invalidToken',
  'errors.auth.emailTaken',
  'errors.organisations.nameTaken',
  'errors.organisations.notPending',
  'errors.organisations.notAdmin',
  'errors.organisations.statusFilter',
  'errors.members.alreadyMember',
  'errors.members.alreadyInvited',
  'errors.members.otherAddress',
  'errors.members.lastAdmin',
  'errors.members.invitationClosed',
  'errors.members.invalidInvitation',
  'errors.users.selfDemotion',
  'errors.account.lastAdmin',
  'validation.required',
  'validation.password.tooCommon',
  'validation.password.tooShort',
  'validation.password.tooLong',
  'validation.password.containsEmail',
  'validation.password.wrong',
  'validation.reason.required',
  'validation.municipalityCode.unknown',
  'validation.kvkNumber.required',
  'validation.kvkNumber.onlyCompanies',
  'validation.brinCode.required',
  'validation.brinCode.onlySchools',
  // class-validator constraints, as validation.<constraint>
  'validation.isEmail',
  'validation.isNotEmpty',
  'validation.matches',
  'validation.minLength',
  'validation.maxLength',
  'validation.length',
  'validation.isUrl',
  'validation.isDate',
  'validation.max',
  // marketplace (api/src/marketplace)
  'errors.notFound.internshipNeed',
  'errors.notFound.cohort',
  'errors.marketplace.notMember',
  'errors.marketplace.drafts',
  'errors.organisations.notActive',
  'errors.internshipNeeds.notEditable',
  'errors.internshipNeeds.statusChange',
  'errors.cohorts.notEditable',
  'errors.cohorts.statusChange',
  'validation.period.endBeforeStart',
  'validation.skills.duplicate',
  'validation.skills.unknown',
  'validation.organisationId.notCompany',
  'validation.organisationId.notSchool',
  'validation.isInt',
  'validation.isNumber',
  'validation.isArray',
  'validation.arrayMinSize',
  'validation.arrayMaxSize',
  'validation.isIso8601',
  'validation.isUuid',
  'validation.isEnum',
  'validation.min',
  'validation.nestedValidation',
  // CSV import and export (api/src/marketplace/csv)
  'validation.csv.syntax',
  'validation.csv.empty',
  'validation.csv.noRows',
  'validation.csv.missingColumn',
  'validation.csv.unknownColumn',
  'validation.csv.duplicateColumn',
  'validation.csv.tooLarge',
  'validation.csv.tooManyRows',
  'validation.organisation.unknown',
  'validation.organisation.ambiguous',
  'validation.skills.ambiguous',
  'validation.status.importable',
  'validation.export.tooMany',
  'csvImport.kind.needs',
  'csvImport.kind.cohorts',
  'csvImport.result.imported.needs',
  'csvImport.result.imported.cohorts',
];

describe('translations', () => {
  it('should have exactly the same keys in nl.json and en.json', () => {
    const onlyDutch = [...dutch.keys()].filter((key) => !english.has(key));
    const onlyEnglish = [...english.keys()].filter((key) => !dutch.has(key));

    expect({ onlyDutch, onlyEnglish }).toEqual({
      onlyDutch: [],
      onlyEnglish: [],
    });
  });

  it('should have no empty texts', () => {
    const empty = [...dutch, ...english].filter(([, text]) => text.trim() === '');

    expect(empty).toEqual([]);
  });

  it('should use the same interpolation parameters in both languages', () => {
    const mismatched = [...dutch].filter(([key, text]) => {
      const other = english.get(key) ?? '';
      return params(text).join() !== params(other).join();
    });

    expect(mismatched).toEqual([]);
  });

  it('should define every key used in templates, route titles and reference labels', () => {
    const sources = sourceFiles(join(__dirname, '..')).map((file) => readFileSync(file, 'utf8'));
    const templateKeys = sources.flatMap((source) =>
      [...source.matchAll(/'([\w.]+)'\s*\|\s*transloco/g)].map((m) => m[1]),
    );
    // Keys handed to components as static attributes: label="register.email" and the like.
    const attributeKeys = sources.flatMap((source) =>
      [...source.matchAll(/\s(?:label|hint|caption|submitLabel)="([\w]+\.[\w.]+)"/g)].map(
        (m) => m[1],
      ),
    );
    const enumLabelKeys = [...Object.values(labels), ...Object.values(marketplaceLabels)]
      .filter((value) => typeof value === 'object' && !Array.isArray(value))
      .flatMap((record) => Object.values(record as Record<string, string | readonly string[]>))
      .filter((key): key is string => typeof key === 'string');
    const marketplaceKeys = [
      ...['OPEN', 'FILLED', 'CLOSED'].map((status) => `marketplace.status.done.${status}`),
      'marketplace.status.action.OPEN',
      'marketplace.status.action.FILLED',
      'marketplace.status.action.CLOSED',
      'marketplace.status.action.reopen',
      'marketplace.status.closeConfirm.need',
      'marketplace.status.closeConfirm.cohort',
    ];
    const strengthKeys = [
      '',
      'a',
      'aaaaaaaaaaaa',
      'Correct Horse 9',
      'een zin van vier woorden',
    ].map((password) => `password.strength.${passwordStrength(password)}`);
    const errorCodeKeys = [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'CONFLICT',
      'TOO_MANY_REQUESTS',
      'INTERNAL_SERVER_ERROR',
      'NETWORK',
    ].map((code) => `errors.code.${code}`);
    const used = [
      ...templateKeys,
      ...Object.values(appPaths).map((route) => route.title),
      ...Object.values(transitModeLabelKeys),
      ...Object.values(skillCategoryLabelKeys),
      ...attributeKeys,
      ...enumLabelKeys,
      ...strengthKeys,
      ...errorCodeKeys,
      ...Object.values(validationKeys),
      ...knownAuditActions.map(auditActionKey),
      ...knownEntityTypes.map(entityTypeKey),
      ...apiMessageKeys,
      ...marketplaceKeys,
      ...notificationMessageKeys,
      'errors.generic',
      'app.documentTitle',
      'language.nl',
      'language.en',
    ];

    expect(templateKeys.length).toBeGreaterThan(20);
    expect(attributeKeys.length).toBeGreaterThan(20);
    expect(new Set(strengthKeys).size).toBe(4);
    expect(used.filter((key) => !dutch.has(key))).toEqual([]);
  });
});
