export { startFakeVtex, type FakeVtex, type FaultRule, type RecordedRequest } from './server';
export { demoStore, integrateInOms, padOms, storeFromSnapshot, type FakeStore } from './store';
export { OMS_PAGE_LIMIT, type FakeAnswer, type FakeModule } from './routes';
