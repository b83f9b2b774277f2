// Secrets at rest: the cluster key (generated on first start, mode 0600) seals the SMTP password and SSH keys
// with AES-256-GCM. Sealed values are base64 of iv(12) || tag(16) || ciphertext.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Seals and opens secrets with one cluster key. */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** Loads the key from `file` (default DATA/cluster.key), creating it when absent and `create` is true. */
  static load(dataDir: string, file: string, create: boolean): SecretBox {
    const path = file || join(dataDir, 'cluster.key');
    if (!existsSync(path)) {
      if (!create) throw new Error(`cluster key file ${path} does not exist`);
      writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
      chmodSync(path, 0o600);
    }
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`cluster key file ${path} does not hold a 32-byte base64 key`);
    return new SecretBox(key);
  }

  /** Loads the key when its file exists. */
  static loadIfPresent(dataDir: string, file: string): SecretBox | undefined {
    return existsSync(file || join(dataDir, 'cluster.key')) ? SecretBox.load(dataDir, file, false) : undefined;
  }

  /** Wraps a raw key (e.g. one received from the master at join). */
  static fromKey(key: Buffer): SecretBox {
    return new SecretBox(key);
  }

  /** Writes the key to a file with mode 0600. */
  save(path: string): void {
    writeFileSync(path, `${this.key.toString('base64')}\n`, { mode: 0o600 });
  }

  /** A public id of the key (SHA-256 of it, hex) to compare keys between nodes without revealing them. */
  get id(): string {
    return createHash('sha256').update('ferry-cluster-key').update(this.key).digest('hex');
  }

  /** The raw key (only for handing to a joining replica over an authenticated channel). */
  get raw(): Buffer {
    return this.key;
  }

  /** Encrypts a secret. */
  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** Decrypts a sealed secret; throws when the key is wrong or the data was altered. */
  open(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
