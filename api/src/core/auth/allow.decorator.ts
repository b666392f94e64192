import { SetMetadata } from '@nestjs/common';
import { Permission } from '@knooppunt/domain';

export const PERMISSIONS_KEY = 'knooppunt:permissions';

/** Declares the permissions of which the caller needs at least one. */
export const Allow = (...permissions: Permission[]) => SetMetadata(PERMISSIONS_KEY, permissions);

/** Declares an operation open to everyone, signed in or not. */
export const Public = () => Allow(Permission.PUBLIC);
