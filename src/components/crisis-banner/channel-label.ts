import { msg, str } from '@lit/localize';
import type { CrisisChannel } from '../../api/types.js';

/** The visible words of a channel's link, e.g. "Call 988" or "Text HOME to 741741". */
export function channelLabel(channel: CrisisChannel): string {
  const value = channel.value;
  switch (channel.kind) {
    case 'call':
      return msg(str`Call ${value}`);
    case 'text':
      return channel.body ? msg(str`Text ${channel.body} to ${value}`) : msg(str`Text ${value}`);
    case 'chat':
      return msg('Chat online');
    case 'video':
      return msg('ASL videophone');
    case 'relay':
      return msg(str`TTY: dial ${value}`);
  }
}
