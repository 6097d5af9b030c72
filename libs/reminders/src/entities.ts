import { ReminderCalendar } from './calendar/reminder-calendar.entity';
import { ReminderDelivery } from './delivery/reminder-delivery.entity';
import { ReminderPreference } from './preferences/reminder-preference.entity';

export { ReminderCalendar, ReminderDelivery, ReminderPreference };

export const REMINDER_ENTITIES = [ReminderCalendar, ReminderDelivery, ReminderPreference];
