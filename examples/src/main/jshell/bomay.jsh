// bomay jshell startup: the API imported and the Kim Bảng example (seed 000) loaded.
// Started by ./bomay-jshell at the root of the repository; docs/jshell.md walks through it.
import java.time.LocalDate;
import org.bomay.core.change.*;
import org.bomay.core.history.*;
import org.bomay.core.model.*;
import org.bomay.core.profile.vn.*;
import org.bomay.core.rules.*;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.sim.*;
import org.bomay.core.structure.*;
import org.bomay.examples.kimbang.*;
import org.bomay.io.Documents;
import org.bomay.io.csv.CsvTables;
import org.bomay.io.export.Exports;
import org.bomay.io.html.HtmlReport;
import java.nio.file.*;

/** Kim Bảng district (Hà Nam) on 1/1/2018, with the programme's concurrent-post models from 1/2/2018. */
OrgStructure kb = KimBang.structure();
/** The action programme of seed 000 as a scenario, from the structure before the programme. */
Scenario programme = KimBangProgramme.scenario();
/** The built-in Vietnam rules (29 rules, each in force on its own dates). */
RulePack vn = VnRules.all();
/** A simulation against them. */
Simulation sim = Simulation.of(vn);

System.out.println("bomay: kb = " + kb);
System.out.println("       programme = \"" + programme.name() + "\" (" + programme.steps().size() + " steps), vn = " + vn + ", sim");
System.out.println("       try: System.out.println(sim.run(programme))   — docs/jshell.md walks through the rest");
