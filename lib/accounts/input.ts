// Account inputs, shared by the sign-in and account forms, their route handlers and `npm run user`.
import { z } from "zod";
import { text } from "../validation/text";
import { ROLES } from "../auth/roles";

export const PASSWORD_MIN = 12;

export const emailInput = text()
  .trim()
  .toLowerCase()
  .max(200, "keep the email address under 200 characters")
  .email("enter an email address such as name@example.org");

export const newPasswordInput = text()
  .min(PASSWORD_MIN, `use at least ${PASSWORD_MIN} characters`)
  .max(200, "keep the password under 200 characters");

export const signInInput = z.object({
  email: emailInput,
  password: text().min(1, "enter your password").max(200, "keep the password under 200 characters"),
});

export const passwordChangeInput = z
  .object({ currentPassword: text().min(1, "enter your current password").max(200), newPassword: newPasswordInput })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], message: "choose a password different from the current one" });

export const userCreateInput = z.object({
  email: emailInput,
  name: text().trim().min(1, "enter a name").max(100, "keep the name under 100 characters"),
  role: z.enum(ROLES),
  password: newPasswordInput,
});

export const userRoleInput = z.object({
  email: emailInput,
  role: z.enum(ROLES),
  /** The role the admin saw: a change made meanwhile by another admin is refused, not overwritten. */
  from: z.enum(ROLES).optional(),
});

export type SignInInput = z.infer<typeof signInInput>;
export type UserCreateInput = z.infer<typeof userCreateInput>;
