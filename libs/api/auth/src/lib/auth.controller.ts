import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AnyRole, clock, CurrentUser, Public, RequestUser } from '@storeops/api/core';
import { MeResponse } from '@storeops/shared/contracts';
import { AUTH_CONFIG, AuthConfig, SESSION_COOKIE } from './auth.config';
import { AuthService } from './auth.service';
import { issueXsrfToken } from './csrf.middleware';
import { LoginDto } from './dto/login.dto';

export function isSecureRequest(req: Request, config: Pick<AuthConfig, 'forceSecureCookies'>): boolean {
  return config.forceSecureCookies || req.secure;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeResponse> {
    const previous = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const result = await this.auth.login(dto.username, dto.password, req.ip ?? null, previous);
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: isSecureRequest(req, this.config),
      path: '/',
      // Relative, not an absolute Expires: the browser judges cookies by its own clock, which need not be the app's.
      maxAge: result.expiresAt.getTime() - clock.ms(),
    });
    // A token seen before sign-in (by a shared kiosk, a foreign page) is worth nothing after it.
    issueXsrfToken(res, isSecureRequest(req, this.config));
    return result.me;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout((req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: isSecureRequest(req, this.config) });
    issueXsrfToken(res, isSecureRequest(req, this.config));
  }

  @Get('me')
  @AnyRole()
  me(@CurrentUser() user: RequestUser): MeResponse {
    const { sessionId: _, ...me } = user;
    return me;
  }
}
