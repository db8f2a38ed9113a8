import { draftSavesSuite } from './suites/draftSaves'

draftSavesSuite('sqlite')
