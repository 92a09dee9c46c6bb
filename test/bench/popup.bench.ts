import { launchBuiltExtension } from './extension';
import { medianOf, reportBench } from './measure';

// The popup must be interactive within 150 ms of opening: time from navigation start to the
// moment React has rendered its buttons (the `footsteps:interactive` mark), median of 9 opens.
const session = await launchBuiltExtension();
try {
  const ms = await medianOf(9, async () => {
    const page = await session.openPage('popup.html');
    await page.getByTestId('open-workspace').waitFor();
    const mark = await page.evaluate(() => performance.getEntriesByName('footsteps:interactive')[0]?.startTime ?? NaN);
    await page.close();
    return mark;
  });
  reportBench('popup-interactive', ms, 'ms', 150);
} finally {
  await session.close();
}
