import { PGlite } from '@electric-sql/pglite';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { join } from 'node:path';

/**
 * PostgreSQL settings for a small embedded database: PGlite's defaults size shared buffers for a
 * server (128 MB), which a platform's metadata never needs.
 */
export const EMBEDDED_POSTGRESQL_CONF = ['shared_buffers=2MB', 'max_connections=10', 'wal_buffers=128kB', 'work_mem=2MB'];

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;

/** Creates a PGlite data directory in a short-lived child process: initdb's memory peak goes away with it. */
async function initialize(directory: string): Promise<void> {
  if (existsSync(join(directory, 'PG_VERSION'))) return;
  mkdirSync(directory, { recursive: true });
  const child = fork(join(__dirname, 'initialize.js'), [directory], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`creating the embedded database in ${directory} failed (exit ${code})`);
}

export interface EmbeddedDatabase {
  /** postgresql:// URL the services connect with. */
  url: string;
  close(): Promise<void>;
}

/**
 * One embedded PostgreSQL (PGlite) for the whole platform, served on 127.0.0.1 over PostgreSQL's wire
 * protocol, so that the registry and the batch service share one database (and one copy of its
 * memory) as they would share a PostgreSQL server.
 *
 * PGlite has a single backend session, so connections take turns: each runs a whole unit of the
 * protocol at a time (a simple query, or an extended query up to its Sync), and while one of them has
 * a transaction open, only it runs. A connection that goes away mid-transaction has it rolled back.
 */
export async function startEmbeddedDatabase(directory: string, port = 0): Promise<EmbeddedDatabase> {
  await initialize(directory);
  const pglite = await PGlite.create(directory, { postgresqlconf: EMBEDDED_POSTGRESQL_CONF });
  const scheduler = new TurnScheduler(pglite);
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    const connection = new WireConnection(socket, scheduler);
    socket.on('data', (chunk: Buffer) => connection.received(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      void scheduler.disconnected(connection);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `postgresql://postgres@127.0.0.1:${bound}/postgres`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pglite.close();
    },
  };
}

/** One client connection: splits its bytes into protocol messages and hands them over in units. */
class WireConnection {
  private pending: Buffer = Buffer.alloc(0);
  private started = false;
  private unit: Buffer[] = [];

  constructor(
    readonly socket: Socket,
    private readonly scheduler: TurnScheduler,
  ) {}

  received(chunk: Buffer) {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      if (!this.started) {
        if (this.pending.length < 8) return;
        const length = this.pending.readInt32BE(0);
        const code = this.pending.readInt32BE(4);
        if (code === SSL_REQUEST) {
          this.socket.write('N');
          this.pending = this.pending.subarray(8);
          continue;
        }
        if (code === CANCEL_REQUEST) {
          this.socket.destroy();
          return;
        }
        if (this.pending.length < length) return;
        this.started = true;
        this.scheduler.submit(this, [this.take(length)]);
        continue;
      }
      if (this.pending.length < 5) return;
      const length = 1 + this.pending.readInt32BE(1);
      if (this.pending.length < length) return;
      const type = this.pending[0];
      this.unit.push(this.take(length));
      // A unit ends where the server answers ReadyForQuery: a simple query, a Sync, or the end.
      if (type === 0x51 /* Q */ || type === 0x53 /* S */ || type === 0x58 /* X */) {
        this.scheduler.submit(this, this.unit);
        this.unit = [];
      }
    }
  }

  private take(length: number): Buffer {
    const message = Buffer.from(this.pending.subarray(0, length));
    this.pending = this.pending.subarray(length);
    return message;
  }
}

/** Runs units of connections one at a time against the one backend. */
class TurnScheduler {
  private readonly queue: { connection: WireConnection; messages: Buffer[] }[] = [];
  private running = false;
  /** The connection whose transaction is open; only its units run until it ends. */
  private owner?: WireConnection;

  constructor(private readonly pglite: PGlite) {}

  submit(connection: WireConnection, messages: Buffer[]) {
    this.queue.push({ connection, messages });
    void this.run();
  }

  async disconnected(connection: WireConnection) {
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i].connection === connection) this.queue.splice(i, 1);
    if (this.owner === connection) {
      this.owner = undefined;
      await this.pglite.runExclusive(() => this.pglite.exec('ROLLBACK')).catch(() => undefined);
      void this.run();
    }
  }

  private async run() {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const index = this.owner ? this.queue.findIndex((unit) => unit.connection === this.owner) : 0;
        if (index < 0 || this.queue.length === 0) return;
        const [{ connection, messages }] = this.queue.splice(index, 1);
        if (messages.at(-1)?.[0] === 0x58 /* Terminate */) {
          connection.socket.end();
          messages.pop();
        }
        await this.pglite.runExclusive(async () => {
          for (const message of messages) {
            await this.pglite.execProtocolRawStream(message, {
              onRawData: (data: Uint8Array) => {
                if (!connection.socket.destroyed) connection.socket.write(Buffer.from(data));
              },
            });
          }
        });
        this.owner = this.pglite.isInTransaction() ? connection : undefined;
      }
    } finally {
      this.running = false;
    }
  }
}
