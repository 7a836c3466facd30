import type { ListContext, ResourceDefinition } from '../../provider/resource.js';
import type { GoogleApiCaller } from '../google-api-caller.js';
import type { ServiceClients } from './service-clients.js';

/** A resource of a Google service beyond Compute: the engine's contract with the services' official clients. */
export type ServiceResource<T> = ResourceDefinition<T, ServiceClients, GoogleApiCaller>;

/** What a service list or get call needs besides the client. */
export type ServiceContext = ListContext<GoogleApiCaller>;

/** Google's client options for every Hotpot call: our caller retries, gaxios must not. */
export const noRetry = { retry: false } as const;
