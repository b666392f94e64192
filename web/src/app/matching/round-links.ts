import { appPaths } from '../app.paths';

/** The page of one matching round. */
export function matchingRoundLink(id: string): string {
  return `/${appPaths.matchingRound.path.replace(':id', encodeURIComponent(id))}`;
}
