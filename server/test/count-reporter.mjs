// A node:test reporter that writes how many tests passed and failed (suites not counted) to the file given
// as its destination, so scripts/test.mjs can add the server suite into the single closing line.
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) totals.passed++;
    if (event.type === 'test:fail') totals.failed++;
  }
  yield JSON.stringify(totals);
}
