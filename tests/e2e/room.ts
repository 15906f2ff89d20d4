// A "room" for a browser test: the client built into the file's own folder, an exercise server
// on a temporary database, Chromium, optionally an exercise created through the admin API, and
// pages opened in zh-CN browser contexts whose uncaught errors are collected. close() ends all of
// it (pages, browser, server, the database's folder) in afterAll.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer, type ServeOptions } from '../../server/serve/server.ts';
import { tempDb } from '../server/helpers.ts';
import { buildClient, consoleReady, launch, watch } from './helpers.ts';

/** The admin token of every room's server (each test file has a server of its own). */
export const ADMIN = 'e2e-room-admin-token-0123456789';

/** What POST /api/exercises takes, as the tests use it. */
export interface ExerciseRequest {
  scenario: string;
  seed?: number;
  speed?: string;
  until?: string | number;
  plan?: string;
  played?: string[];
}

export interface Exercise { id: string; codes: Record<string, string> }

export interface RoomOptions {
  /** The client's build folder under dist/ (files run in parallel and must not empty each other's); none: dist/e2e-client. */
  build?: string;
  /** Server options besides the database, port, token, client and log (practice, scenariosDir, limits). */
  server?: Omit<ServeOptions, 'db' | 'port' | 'adminToken' | 'clientDir' | 'log'>;
  /** An exercise to create once the server is up. */
  exercise?: ExerciseRequest;
}

export interface OpenOptions {
  /** Default 1366 × 768. */
  viewport?: { width: number; height: number };
  /** Wait for consoleReady (map drawn, view arrived, briefing closed) before returning. */
  ready?: boolean;
  /** Where this page's uncaught errors go; default the room's errors. */
  errors?: string[];
}

export interface Room {
  server: RunningServer;
  browser: Browser;
  /** The server's URL, without a trailing slash. */
  base: string;
  clientDir: string;
  exercise?: Exercise;
  /** Uncaught page errors of the pages opened without errors of their own. */
  errors: string[];
  /** The pages opened, by name. */
  pages: Record<string, Page>;
  /** A page in a browser context of its own, at `path` (on this server) or a full URL. */
  open(name: string, path: string, options?: OpenOptions): Promise<Page>;
  /** A call with the admin token; the response as it comes. */
  request(method: string, path: string, body?: unknown): Promise<Response>;
  /** A call with the admin token; throws on a status that is not ok, else the JSON. */
  api(method: string, path: string, body?: unknown): Promise<any>;
  createExercise(request: ExerciseRequest): Promise<Exercise>;
  close(): Promise<void>;
}

/** A room whose exercise was made with it. */
export type ExerciseRoom = Room & { exercise: Exercise };

export async function openRoom(options: RoomOptions & { exercise: ExerciseRequest }): Promise<ExerciseRoom>;
export async function openRoom(options?: RoomOptions): Promise<Room>;
export async function openRoom(options: RoomOptions = {}): Promise<Room> {
  const clientDir = await buildClient(options.build);
  const db = tempDb();
  const server = await startServer({ ...options.server, db, port: 0, adminToken: ADMIN, clientDir, log: () => {} });
  let browser: Browser;
  try {
    browser = await launch();
  } catch (err) {
    await server.close();
    throw err;
  }
  const base = server.url;
  const contexts: BrowserContext[] = [];

  const request = (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(base + path, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` }, body: body === undefined ? undefined : JSON.stringify(body) });

  const room: Room = {
    server, browser, base, clientDir, errors: [], pages: {},
    async open(name, path, o = {}) {
      const ctx = await browser.newContext({ viewport: o.viewport ?? { width: 1366, height: 768 }, locale: 'zh-CN' });
      contexts.push(ctx);
      const page = await ctx.newPage();
      watch(page, name, o.errors ?? room.errors);
      await page.goto(/^https?:/.test(path) ? path : base + path);
      if (o.ready) await consoleReady(page);
      room.pages[name] = page;
      return page;
    },
    request,
    async api(method, path, body) {
      const res = await request(method, path, body);
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    createExercise: (r) => room.api('POST', '/api/exercises', r),
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.close();
      rmSync(dirname(db), { recursive: true, force: true });
    },
  };
  if (options.exercise) {
    try {
      room.exercise = await room.createExercise(options.exercise);
    } catch (err) {
      await room.close();
      throw err;
    }
  }
  return room;
}
