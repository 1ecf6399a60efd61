/** The reference server's rule for participant tokens (a device's random id, or one a clinic issued). */
export const PARTICIPANT_TOKEN = /^[A-Za-z0-9_-]{32,200}$/;
