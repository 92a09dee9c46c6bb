import { launchBuiltExtension } from './extension';
import { medianOf, reportBench } from './measure';

// The popup must be interactive within 150 ms of opening: time from navigation start to the
// moment React has rendered its buttons (the `footsteps:interactive` mark), median of 9 opens.
// Baseline in the same run: the same popup.html with its scripts blocked, i.e. what opening any
// extension page costs in this browser before our code runs.
const session = await launchBuiltExtension();
try {
  const blank = await medianOf(9, async () => {
    const page = await session.context.newPage();
    await page.route('**/chunks/*.js', (route) => route.abort());
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const loaded = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    await page.close();
    return loaded;
  });
  const interactive = await medianOf(9, async () => {
    const page = await session.openPage('popup.html');
    await page.getByTestId('open-workspace').waitFor();
    const mark = await page.evaluate(() => performance.getEntriesByName('footsteps:interactive')[0]?.startTime ?? NaN);
    await page.close();
    return mark;
  });
  reportBench('popup-interactive', interactive, 'ms', 150);
  reportBench('popup-blank-page-baseline', blank, 'ms');
  reportBench('popup-interactive-over-baseline', interactive / blank, 'x');
} finally {
  await session.close();
}
