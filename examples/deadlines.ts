// When is a stage 1 acknowledgement and response due for a complaint received on a Friday evening
// before Christmas? Run with `npm run example`.
import { createCalendar } from 'housing-complaints/calendar';

const calendar = createCalendar({ region: 'england-and-wales', closures: ['2025-12-29', '2025-12-30', '2025-12-31'] });
const received = calendar.londonDate('2025-12-19T18:45:00Z');
const acknowledgeBy = calendar.addWorkingDays(received, 5); // Code 6.2
const respondBy = calendar.addWorkingDays(acknowledgeBy, 10); // Code 6.3, counted from the latest acknowledgement
console.log(`Received ${received}: acknowledge by ${acknowledgeBy}, respond by ${respondBy} at the latest.`);
