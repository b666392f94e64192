import { AbstractControl, ValidationErrors } from '@angular/forms';
import type { Helix, OrganisationKind } from '../generated/graphql';

/** The helix an organisation belongs to follows from its kind. */
export const helixOfKind: Readonly<Record<OrganisationKind, Helix>> = {
  COMPANY: 'BUSINESS',
  SCHOOL_MBO: 'EDUCATION',
  SCHOOL_HBO: 'EDUCATION',
  UNIVERSITY: 'EDUCATION',
  TRAINING_PROVIDER: 'EDUCATION',
  MUNICIPALITY: 'GOVERNMENT',
  REGIONAL_BODY: 'GOVERNMENT',
};

/** Only companies have a KvK (Chamber of Commerce) number here, and they must give it. */
export function needsKvkNumber(kind: OrganisationKind | ''): boolean {
  return kind === 'COMPANY';
}

/** Education organisations may have a BRIN code; schools and universities must give it. */
export function mayHaveBrinCode(kind: OrganisationKind | ''): boolean {
  return kind !== '' && helixOfKind[kind] === 'EDUCATION';
}

export function needsBrinCode(kind: OrganisationKind | ''): boolean {
  return kind === 'SCHOOL_MBO' || kind === 'SCHOOL_HBO' || kind === 'UNIVERSITY';
}

/** 8 digits, e.g. 12345678. */
export const kvkPattern = /^\d{8}$/;
/** 2 digits and 2 capitals or digits, e.g. 25LX (entered in any case, sent in capitals). */
export const brinPattern = /^\d{2}[A-Za-z0-9]{2}$/;

export function kvkNumberValidator(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  return value && !kvkPattern.test(value)
    ? { kvkNumber: { key: 'validation.format.kvkNumber' } }
    : null;
}

export function brinCodeValidator(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  return value && !brinPattern.test(value)
    ? { brinCode: { key: 'validation.format.brinCode' } }
    : null;
}

/** http(s) address; a bare domain gets https:// added before sending. */
export function websiteValidator(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  if (!value) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    return url.hostname.includes('.') ? null : { website: { key: 'validation.format.website' } };
  } catch {
    return { website: { key: 'validation.format.website' } };
  }
}

export function normaliseWebsite(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}
