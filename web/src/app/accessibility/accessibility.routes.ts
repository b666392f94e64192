import { Route } from '@angular/router';
import { AccessibilityPage } from './accessibility.page';

export const accessibilityRoutes: Route[] = [{ path: '', component: AccessibilityPage }];
