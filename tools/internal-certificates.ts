/**
 * Makes the private CA and the service certificate for mutual TLS between the platform's services
 * (`node dist/tools/internal-certificates.js <directory>`), unless the directory has them already.
 * docker/compose.yaml runs it once into a volume the services share; `npm start` does the same under
 * DATA_DIR/tls by itself.
 */
import { ensureInternalCertificates } from '@modelserve/service';

const directory = process.argv[2];
if (!directory) {
  process.stderr.write('usage: node dist/tools/internal-certificates.js <directory>\n');
  process.exit(2);
}
ensureInternalCertificates(directory).then(
  (files) => process.stdout.write(`CA ${files.ca}\ncertificate ${files.cert}\nkey ${files.key}\n`),
  (error: unknown) => {
    process.stderr.write(`certificates could not be made: ${String(error)}\n`);
    process.exit(1);
  },
);
