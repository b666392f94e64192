import { Route } from '@angular/router';
import { HomePage } from './home.page';

export const homeRoutes: Route[] = [{ path: '', component: HomePage }];
