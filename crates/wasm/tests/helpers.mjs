// Shared test helpers: the built-in regulation as a JSON document that tests can damage.
import { Regulation } from "quyche";

/** A fresh copy of the built-in Khánh Hòa regulation as a plain object. */
export function doc() {
  return JSON.parse(Regulation.khanhHoa().toJson());
}
