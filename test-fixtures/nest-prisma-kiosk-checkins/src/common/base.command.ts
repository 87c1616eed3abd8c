import { validateSync } from 'class-validator';

/** Input of a use case: built with `XCommand.create({...})`, validated on the way in. */
export abstract class BaseCommand {
  static create<T extends BaseCommand>(this: new () => T, data: Partial<T>): T {
    const command = Object.assign(new this(), data);
    const errors = validateSync(command);
    if (errors.length) throw new Error(`invalid ${this.name}: ${errors.map((e) => e.property).join(', ')}`);
    return command;
  }
}
