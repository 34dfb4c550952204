// Issue 9, positions written the hard ways: invented wire-style passages about many wars
// (test/fixtures/positions-wild-frames.json) with the positions each must give, and hard
// negatives (predictions, questions, denials of a report, background, analysts' hypotheticals)
// that must give none. The passages are invented; none is drawn from an evaluation text.
import { readPassages, testPassages } from './positions-passages.js';

testPassages('wild frames', readPassages('positions-wild-frames.json'), null, (p) => p.war);
