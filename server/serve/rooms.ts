// socket.io room names: everyone in an exercise, one role of it, and the two fire audiences.
export const rooms = {
  all: (id: string) => `x:${id}`,
  role: (id: string, role: string) => `x:${id}:r:${role}`,
  fireTruth: (id: string) => `x:${id}:fire:truth`,
  fireDetected: (id: string) => `x:${id}:fire:detected`,
};

/** Where an exercise sends what it publishes (the socket.io server, or a test double). */
export interface Outbox {
  emit(room: string, event: string, payload: unknown): void;
}
