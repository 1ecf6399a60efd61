import { createContext } from '@lit/context';
import type { PeerSupportBackend, PeerSupportConfig } from '../api/types.js';

// Symbol.for keys so two copies of the library on one page (say, two CDN bundles) still talk to each other.
export const backendContext = createContext<PeerSupportBackend | undefined>(Symbol.for('peer-support/backend@1'));
export const configContext = createContext<PeerSupportConfig>(Symbol.for('peer-support/config@1'));
