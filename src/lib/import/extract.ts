/** Field extraction: see extract/ (one module per field or group, composed by extract/index.ts). */
export * from './extract/index.ts';
