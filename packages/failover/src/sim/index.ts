// Entry point of `@ferry/failover/sim`: the scenario simulator (script parser, simulated world, runner).

export { runScenario, type ScenarioResult } from './run.js';
export {
  parseScenario,
  COMMAND_VERBS,
  type Scenario,
  type Command,
  type HostDecl,
  type SystemDecl,
  type Settings,
} from './script.js';
export { SimWorld, SimJournal, SimMailer, type SimHost, type Print } from './world.js';
