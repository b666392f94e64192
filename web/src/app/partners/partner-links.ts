import { appPaths } from '../app.paths';

const link = (path: string, id: string) => `/${path.replace(':id', encodeURIComponent(id))}`;

/** The page of one minor (or retraining programme, or masterclass). */
export function minorLink(id: string): string {
  return link(appPaths.minor.path, id);
}

/** The edit form of one minor. */
export function editMinorLink(id: string): string {
  return link(appPaths.editMinor.path, id);
}

/** The page of one challenge. */
export function challengeLink(id: string): string {
  return link(appPaths.challenge.path, id);
}

/** The edit form of one challenge. */
export function editChallengeLink(id: string): string {
  return link(appPaths.editChallenge.path, id);
}
