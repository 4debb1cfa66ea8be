// An analyst logs an entry from sign-in to "submitted for review" with the keyboard alone: no
// mouse click anywhere. Every key press is counted and the count printed, so a change that adds
// Tabs (a focus that jumps to the top after a pick, say) shows in the number.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "./users";

function keyboard(page: Page) {
  let presses = 0;
  let typed = 0;
  const press = async (key: string) => {
    await page.keyboard.press(key);
    presses++;
  };
  const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
  return {
    press,
    /** types text, one key press per character */
    type: async (text: string) => {
      await page.keyboard.type(text);
      presses += text.length;
      typed += text.length;
    },
    /** Tabs forward until the target has focus, counting each Tab. */
    tabTo: async (target: Locator) => {
      await expect(target).toBeVisible();
      for (let i = 0; i < 80 && !(await focused(target)); i++) await press("Tab");
      await expect(target).toBeFocused();
    },
    counts: () => ({ presses, typed, other: presses - typed }),
  };
}

test("an entry is logged and submitted with the keyboard alone", async ({ page }) => {
  const keys = keyboard(page);
  const title = `Tsivilev and Paknejad discuss gas swaps by keyboard (${test.info().project.name})`;

  await page.goto(`/sign-in?next=${encodeURIComponent("/entries/new")}`);
  await keys.tabTo(page.getByLabel("Email"));
  await keys.type(E2E_USERS.analyst.email);
  await keys.press("Tab");
  await keys.type(E2E_PASSWORD);
  await keys.press("Enter");
  await expect(page.getByRole("heading", { name: "Log a new entry" })).toBeVisible();
  const form = page.getByRole("form", { name: "New entry" });
  await expect(form.getByRole("button", { name: "Save draft" })).toBeEnabled();

  await keys.tabTo(form.getByLabel("Title", { exact: true }));
  await keys.type(title);
  await keys.tabTo(form.getByLabel("Summary", { exact: true }));
  await keys.type("The energy ministers discussed gas swaps through Azerbaijan.");

  // Known to the year: pick "year" in the select by its first letter.
  await keys.tabTo(form.getByLabel("Known to the"));
  await keys.press("y");
  await expect(form.getByLabel("Known to the")).toHaveValue("year");
  await keys.tabTo(form.getByLabel("Year", { exact: true }));
  await keys.type("2026");

  await keys.tabTo(form.getByRole("checkbox", { name: "energy" }));
  await keys.press("Space");
  await expect(form.getByRole("checkbox", { name: "energy" })).toBeChecked();
  await keys.tabTo(form.getByLabel("Places", { exact: true }));
  await keys.type("Tehran");

  // An actor from the suggestions: the first is active, Enter takes it, focus stays in the box.
  const actorBox = form.getByRole("combobox", { name: "Add an actor (any spelling)" });
  await keys.tabTo(actorBox);
  await keys.type("Tsivil");
  await expect(form.getByRole("option", { name: /Sergei Tsivilev/ })).toBeVisible();
  await keys.press("Enter");
  await expect(form.getByLabel("Role of Sergei Tsivilev")).toHaveValue("participant");
  await expect(actorBox).toBeFocused();

  // A source: Down to the option, Enter.
  const sourceBox = form.getByRole("combobox", { name: "Cite a source (title, publisher or web address)" });
  await keys.tabTo(sourceBox);
  await keys.type("treaty");
  await expect(form.getByRole("listbox", { name: /Cite a source/ }).getByRole("option").first()).toBeVisible();
  await keys.press("ArrowDown");
  await keys.press("ArrowUp");
  await keys.press("Enter");
  await expect(sourceBox).toBeFocused();
  const quote = form.getByLabel("Quoted passage that supports the entry");
  await keys.tabTo(quote);
  await keys.type("the ministers discussed swaps");

  await keys.tabTo(form.getByRole("button", { name: "Save draft" }));
  await keys.press("Enter");
  await expect(page.getByText("Saved as a draft.")).toBeVisible();
  await expect(page.getByTestId("entry-state")).toHaveText("draft");

  await keys.tabTo(page.getByRole("button", { name: "Submit for review" }));
  await keys.press("Enter");
  await expect(page.getByTestId("entry-state")).toHaveText("in review");

  const { presses, typed, other } = keys.counts();
  console.log(`keyboard-only entry (${test.info().project.name}): ${presses} key presses in all, ${typed} of them typed text, ${other} other keys (Tab, Enter, arrows, Space)`);
  test.info().annotations.push({ type: "key presses", description: `${presses} (${other} besides typed text)` });
});
