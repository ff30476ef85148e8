"use client";
import { adminClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/** The browser's side of the auth library: sign-in and sign-out go through its endpoint. */
export const authClient = createAuthClient({ plugins: [adminClient()] });
