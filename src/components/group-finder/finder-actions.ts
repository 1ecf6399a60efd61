import { msg, str } from '@lit/localize';
import type { PeerGroup } from '../../api/meeting-guide.js';

/** Shares a group's address with the system's share sheet, else copies it; returns what to tell the visitor. */
export async function shareGroup(group: PeerGroup, url: string): Promise<string> {
  try {
    if (navigator.share) {
      await navigator.share({ title: group.name, url });
      return '';
    }
    await navigator.clipboard.writeText(url);
    return msg('Link copied.');
  } catch (error) {
    // Closing the share sheet is not a failure; anything else, offer the link to copy by hand.
    return (error as Error)?.name === 'AbortError' ? '' : msg(str`Copy this link: ${url}`);
  }
}

/** Downloads an .ics file for the group (made in the browser; its module loads only when asked for). */
export async function saveToCalendar(group: PeerGroup, now: number, pageUrl: string): Promise<string> {
  try {
    const { downloadCalendarFile } = await import('./calendar.js');
    downloadCalendarFile(group, { now, pageUrl });
    return msg('Calendar file downloaded. Open it to add the group to your calendar.');
  } catch {
    return msg('The calendar file could not be made. Please try again.');
  }
}
