/**
 * Graceful failure, one case of each kind: see failure-cases.ts, and
 * tests/browser-long/failure.browser.ts for the rest.
 */
import { describeFailures } from './failure-cases.ts';

describeFailures('quick');
