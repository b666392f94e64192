/**
 * Every route of the app: its path and the translation key of its title.
 * Links and route definitions both read from here, so a path changes in one place.
 */
export const appPaths = {
  home: { path: '', title: 'home.title' },
  accessibility: { path: 'toegankelijkheid', title: 'accessibility.title' },
  notFound: { path: '**', title: 'notFound.title' },
} as const;

/** An absolute router link to a route of {@link appPaths}. */
export function linkTo(route: Exclude<keyof typeof appPaths, 'notFound'>): string {
  return `/${appPaths[route].path}`;
}
