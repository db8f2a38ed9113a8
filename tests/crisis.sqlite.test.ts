import { crisisSuite } from './suites/crisis'

crisisSuite('sqlite')
