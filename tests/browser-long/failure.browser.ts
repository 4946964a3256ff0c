/**
 * Graceful failure, every case the quick part in `npm test` leaves out: see
 * tests/browser/failure-cases.ts.
 */
import { describeFailures } from '../browser/failure-cases.ts';

describeFailures('long');
