// Entry point of the engine's Worker (module Worker in browsers, worker_threads in node).
import { loadEngineModule } from './engine_module.mjs';
import { serveRuns, workerPort } from './worker_protocol.mjs';

serveRuns(await workerPort(), loadEngineModule);
