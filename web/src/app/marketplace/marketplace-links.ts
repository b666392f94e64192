import { appPaths } from '../app.paths';

const link = (path: string, id: string, suffix = '') =>
  `/${path.replace(':id', encodeURIComponent(id))}${suffix}`;

/** The page of one internship need. */
export function internshipNeedLink(id: string): string {
  return link(appPaths.internshipNeed.path, id);
}

/** The edit form of one internship need. */
export function editInternshipNeedLink(id: string): string {
  return link(appPaths.editInternshipNeed.path, id);
}

/** The page of one cohort. */
export function cohortLink(id: string): string {
  return link(appPaths.cohort.path, id);
}

/** The edit form of one cohort. */
export function editCohortLink(id: string): string {
  return link(appPaths.editCohort.path, id);
}
