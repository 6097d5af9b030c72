import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

/** Query keys of reminder calendars (提醒日历). */
export const calendarKeys = {
  all: ['reminder-calendars'] as const,
  detail: (departmentId: string, year: number) => [...calendarKeys.all, departmentId, year] as const,
};

export type CalendarInput = components['schemas']['SaveCalendarDto'];

/** The department-year's calendar, or null while none is saved (the API answers 404). */
export function useCalendar(departmentId: string | undefined, year: number) {
  return useQuery({
    queryKey: calendarKeys.detail(departmentId ?? '', year),
    queryFn: async () => {
      try {
        return await unwrap(
          api.GET('/api/departments/{departmentId}/reminder-calendars/{year}', {
            params: { path: { departmentId: departmentId!, year } },
          }),
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: Boolean(departmentId),
  });
}

export type Calendar = NonNullable<ReturnType<typeof useCalendar>['data']>;

/** 保存提醒日历: creates or replaces the year's calendar and its schedule. */
export function useSaveCalendar(departmentId: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarInput) =>
      unwrap(
        api.PUT('/api/departments/{departmentId}/reminder-calendars/{year}', {
          params: { path: { departmentId, year } },
          body,
        }),
      ),
    onSuccess: (calendar) => queryClient.setQueryData(calendarKeys.detail(departmentId, year), calendar),
  });
}
