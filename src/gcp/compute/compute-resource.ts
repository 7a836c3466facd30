import type { compute_v1 } from '@googleapis/compute';
import type { ListContext, ResourceDefinition } from '../../provider/resource.js';
import type { GoogleApiCaller } from '../google-api-caller.js';

/** A Compute Engine resource: the engine's contract with the official Compute client and the retrying caller. */
export type ComputeResource<T> = ResourceDefinition<T, compute_v1.Compute, GoogleApiCaller>;

/** What a Compute list or get call needs besides the client. */
export type ComputeContext = ListContext<GoogleApiCaller>;
