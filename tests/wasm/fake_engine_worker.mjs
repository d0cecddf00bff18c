// A Worker entry that serves the real protocol (wasm/worker_protocol.mjs) over the scripted fake
// module, so the Worker path is tested without the wasm build.
import { serveRuns, workerPort } from '../../wasm/worker_protocol.mjs';
import { createFakeModule } from './fake_runtime.mjs';

serveRuns(await workerPort(), async () => createFakeModule());
