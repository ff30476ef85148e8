"use client";
import { createAuthClient } from "better-auth/react";

/**
 * The browser's side of the auth library: sign-in and sign-out go through its endpoint. No admin
 * client: the library's admin endpoints are closed (lib/auth/endpoints.ts); accounts are managed by
 * the app's own actions.
 */
export const authClient = createAuthClient();
