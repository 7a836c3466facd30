import { context, propagation } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { ActivityInterceptorsFactory, WorkerOptions } from '@temporalio/worker';
import type { WorkflowInfo } from '@temporalio/workflow';
import type { TracingSettings } from '../config/types.js';

/** The OTLP/HTTP traces URL the settings name, as OTel's SDKs resolve it; undefined = tracing off (the default). */
export function tracesUrl(settings: TracingSettings | undefined): string | undefined {
  if (!settings || settings.exporter !== 'otlp' || settings.sdkDisabled) return undefined;
  if (settings.tracesEndpoint) return settings.tracesEndpoint;
  return `${(settings.endpoint ?? 'http://localhost:4318').replace(/\/+$/, '')}/v1/traces`;
}

/** What a traced worker adds to its Temporal workers: activity interceptors, the workflow span sink, a flush. */
export interface WorkerTracing {
  url: string;
  /** Put first (outermost), so a span records the error as it leaves the activity: already redacted. */
  activityInterceptors: ActivityInterceptorsFactory[];
  /** The `exporter` sink the workflow bundle's OTel interceptors send finished workflow spans to. */
  sinks: NonNullable<WorkerOptions['sinks']>;
  /** Exports what is buffered and stops the exporter. */
  shutdown(): Promise<void>;
}

/** Workflow info fields a workflow span carries; the SDK's sink would copy all of it (memo, last result, ...). */
const WORKFLOW_INFO_ATTRIBUTES = ['workflowId', 'runId', 'workflowType', 'taskQueue', 'namespace', 'attempt'];

function workflowSpanSink(processor: BatchSpanProcessor, resource: Resource) {
  const sink = makeWorkflowExporter(processor, resource);
  return {
    export: {
      ...sink.export,
      fn: (info: WorkflowInfo, spans: Parameters<(typeof sink.export)['fn']>[1]) =>
        sink.export.fn(
          Object.fromEntries(
            WORKFLOW_INFO_ATTRIBUTES.map((k) => [k, info[k as keyof WorkflowInfo]]),
          ) as unknown as WorkflowInfo,
          spans,
        ),
    },
  };
}

let contextManager: AsyncLocalStorageContextManager | undefined;

/**
 * Starts span export to the OTLP/HTTP endpoint the settings name, or returns undefined when tracing is off. Spans
 * carry names and Temporal ids only (workflow and activity ids, types, run ids), never inputs or results.
 * Headers (`OTEL_EXPORTER_OTLP_HEADERS`, e.g. a backend's API key) are read by the exporter itself.
 */
export function startTracing(settings: TracingSettings | undefined): WorkerTracing | undefined {
  const url = tracesUrl(settings);
  if (!url || !settings) return undefined;
  if (!contextManager) {
    contextManager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(contextManager);
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  }
  const resource = new Resource({ 'service.name': settings.serviceName });
  const processor = new BatchSpanProcessor(new OTLPTraceExporter({ url }));
  const provider = new BasicTracerProvider({ resource, spanProcessors: [processor] });
  const tracer = provider.getTracer('@temporalio/interceptor-activity');
  return {
    url,
    activityInterceptors: [
      (ctx) => ({
        inbound: new OpenTelemetryActivityInboundInterceptor(ctx, { tracer }),
        outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
      }),
    ],
    sinks: { exporter: workflowSpanSink(processor, resource) },
    async shutdown() {
      await provider.forceFlush();
      await provider.shutdown();
    },
  };
}
